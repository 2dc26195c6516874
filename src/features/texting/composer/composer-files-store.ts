// Images picked in a conversation's composer and not sent yet. Memory only (a File cannot be
// persisted), but kept per conversation, so switching threads does not lose them.
import { create } from 'zustand';

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 10;

interface ComposerFilesState {
  files: Record<string, File[]>;
  filesPicked: (conversationId: string, files: File[]) => void;
  fileRemoved: (conversationId: string, index: number) => void;
  filesSent: (conversationId: string) => void;
}

const useComposerFilesStore = create<ComposerFilesState>()((set) => ({
  files: {},
  filesPicked: (conversationId, picked) =>
    set((s) => ({ files: { ...s.files, [conversationId]: [...(s.files[conversationId] ?? []), ...picked] } })),
  fileRemoved: (conversationId, index) =>
    set((s) => ({
      files: { ...s.files, [conversationId]: (s.files[conversationId] ?? []).filter((_, i) => i !== index) },
    })),
  filesSent: (conversationId) =>
    set((s) => {
      const { [conversationId]: _sent, ...rest } = s.files;
      return { files: rest };
    }),
}));

const NONE: File[] = [];

export const useComposerFiles = (conversationId: string) =>
  useComposerFilesStore((s) => s.files[conversationId] ?? NONE);

export const useComposerFilesActions = () => ({
  filesPicked: useComposerFilesStore((s) => s.filesPicked),
  fileRemoved: useComposerFilesStore((s) => s.fileRemoved),
  filesSent: useComposerFilesStore((s) => s.filesSent),
});

export const composerFilesStore = { reset: () => useComposerFilesStore.setState({ files: {} }) };

/** Why a picked file cannot be sent, or null when it can. */
export function checkImage(file: File): string | null {
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `${file.name} is not a JPEG, PNG, GIF or WebP image.`;
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; images can be at most 5 MB.`;
  }
  return null;
}

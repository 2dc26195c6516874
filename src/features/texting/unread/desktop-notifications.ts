// Desktop notifications for inbound texts: one per conversation (its tag), replaced by the next
// message of that conversation, closed once the user has seen it; a click brings the tab forward
// on that conversation.
import type { Message } from '@/features/texting/texting-api';

const shown = new Map<string, { notification: Notification; message: Message }>();

export function notificationTag(conversationId: string): string {
  return `ringplan-conversation-${conversationId}`;
}

/** What the notification says: the text, or that it is a photo. Text only, never markup. */
export function notificationBody(message: Message): string {
  if (message.media_urls.length === 0) return message.text;
  return message.text ? `Photo · ${message.text}` : 'Photo';
}

interface Show {
  conversationId: string;
  title: string;
  message: Message;
  sound: boolean;
  onOpen: () => void;
}

export function showMessageNotification({ conversationId, title, message, sound, onOpen }: Show): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  let notification: Notification;
  try {
    notification = new Notification(title, {
      body: notificationBody(message),
      tag: notificationTag(conversationId),
      // A newer message replacing the last one alerts again (the tag alone would replace it silently).
      renotify: true,
      silent: !sound,
      icon: '/favicon.svg',
    } as NotificationOptions);
  } catch {
    // Some browsers (Chrome on Android) only notify through a service worker: the badge still says it.
    return;
  }
  notification.onclick = () => {
    window.focus();
    onOpen();
    notification.close();
  };
  // The tag already replaced the conversation's previous notification.
  shown.set(conversationId, { notification, message });
  if (sound) chime();
}

/** Closes the notifications whose message the user has now seen. */
export function closeSeenNotifications(isSeen: (conversationId: string, message: Message) => boolean): void {
  for (const [conversationId, entry] of shown) {
    if (isSeen(conversationId, entry.message)) {
      entry.notification.close();
      shown.delete(conversationId);
    }
  }
}

let audio: AudioContext | null = null;
/** A short tone, played in the page: the system's own notification sound is not heard everywhere. */
function chime(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const now = audio.currentTime;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.12, now);
    gain.gain.exponentialRampToValueAtTime(0.001, now + 0.35);
    tone.connect(gain).connect(audio.destination);
    tone.start(now);
    tone.stop(now + 0.35);
  } catch {
    // No audio in this browser (or not allowed yet): the notification itself still shows.
  }
}

// The roots of every query key. Features keep their own query-options factories (style.md) but build
// keys under these roots, so one feature's change invalidates another's view of the same data
// (a contact renamed in Contacts refreshes the inbox) without either importing the other.
export const queryRoots = {
  me: ['me'],
  numbers: ['numbers'],
  contacts: ['contacts'],
  conversations: ['conversations'],
  messages: ['messages'],
  events: ['events'],
} as const;

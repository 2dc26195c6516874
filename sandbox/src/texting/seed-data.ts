// The demo texting data: names, numbers and lines of conversation.

export const DEMO_TEXTING_NUMBER = '8583715117';
export const FAILING_CONTACT_NUMBER = '5550000000';

export interface SeedContact {
  first_name: string;
  last_name: string;
  number: string;
}

/** 25 contacts. One name carries markup so the app's escaping is exercised. */
export const SEED_CONTACTS: readonly SeedContact[] = [
  { first_name: 'Matt', last_name: 'Wiz', number: '8123382823' },
  { first_name: 'Maria', last_name: 'Garcia', number: '6195550142' },
  { first_name: 'James', last_name: 'Okafor', number: '8585550187' },
  { first_name: 'Priya', last_name: 'Raman', number: '7605550123' },
  { first_name: 'Robert <b>Bobby</b>', last_name: 'Tables', number: '8585550100' },
  { first_name: 'Sandbox', last_name: 'Failing number', number: FAILING_CONTACT_NUMBER },
  { first_name: 'Lena', last_name: 'Fischer', number: '6195550175' },
  { first_name: 'Wei', last_name: 'Chen', number: '8585550134' },
  { first_name: 'José', last_name: 'Núñez', number: '7605550198' },
  { first_name: 'Aisha', last_name: 'Bello', number: '8585550111' },
  { first_name: 'Tom', last_name: "O'Brien", number: '6195550166' },
  { first_name: 'Hannah', last_name: 'Kim', number: '8585550159' },
  { first_name: 'Diego', last_name: 'Alvarez', number: '7605550140' },
  { first_name: 'Sophie', last_name: 'Martin', number: '6195550108' },
  { first_name: 'Kwame', last_name: 'Mensah', number: '8585550172' },
  { first_name: 'Olga', last_name: 'Ivanova', number: '7605550115' },
  { first_name: 'Noah', last_name: 'Williams', number: '6195550193' },
  { first_name: 'Yuki', last_name: 'Tanaka', number: '8585550126' },
  { first_name: 'Fatima', last_name: 'Haddad', number: '7605550181' },
  { first_name: 'Liam', last_name: 'Murphy', number: '6195550137' },
  { first_name: 'Ana', last_name: 'Silva', number: '8585550145' },
  { first_name: 'Grace', last_name: 'Lee', number: '7605550162' },
  { first_name: 'Samuel', last_name: 'Cohen', number: '6195550119' },
  { first_name: 'Emma', last_name: 'Johansson', number: '8585550153' },
  { first_name: 'Ravi', last_name: 'Patel', number: '7605550104' },
];

export const OUTBOUND_LINES: readonly string[] = [
  'Hi! Just checking in about the install on Thursday.',
  'Your technician is on the way, ETA 20 minutes.',
  'Thanks for your order. We will text you when it ships.',
  'Can you confirm the address for the delivery?',
  'We have an opening at 3pm tomorrow, does that work?',
  'Great, you are all set. Anything else we can help with?',
  'Reminder: your appointment is tomorrow at 10am.',
  'Sorry for the wait, looking into it now.',
  'The invoice has been sent to your email.',
  'Here is the quote we talked about.',
];

export const INBOUND_LINES: readonly string[] = [
  'Sounds good, thank you!',
  'Yes, 3pm works for me.',
  'Could we move it to Friday instead?',
  'Got it 👍',
  'Is parking available at the office?',
  'The address is 1200 Harbor Dr, unit 4.',
  'Perfect, see you then.',
  'What time do you close today?',
  'I never got the email, can you resend?',
  'Thanks, that fixed it.',
];

/** A small deterministic generator, so the demo data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

// A quick, honest strength hint for a chosen password (length matters most; the server only requires 8).

export interface PasswordStrength {
  /** 0 (empty) to 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hint: string;
}

const COMMON = ['password', '123456', 'qwerty', 'letmein', 'welcome', 'ringplan', 'admin', 'iloveyou', '111111'];

export function passwordStrength(password: string): PasswordStrength {
  if (password === '') {
    return { score: 0, label: 'No password', hint: 'Leave it empty and RingPlan generates a strong one for you.' };
  }
  const lower = password.toLowerCase();
  if (password.length < 8) {
    return { score: 1, label: 'Too short', hint: `Use at least 8 characters (${String(8 - password.length)} more).` };
  }
  if (COMMON.some((word) => lower.includes(word)) || /^(.)\1+$/.test(password)) {
    return { score: 1, label: 'Weak', hint: 'Avoid common words and repeated characters.' };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const points =
    (password.length >= 12 ? 2 : password.length >= 10 ? 1 : 0) + (classes >= 3 ? 2 : classes === 2 ? 1 : 0);
  if (points >= 4) return { score: 4, label: 'Strong', hint: 'A good password.' };
  if (points >= 2)
    return { score: 3, label: 'Fair', hint: 'Longer is stronger: 12 or more characters, or a few unrelated words.' };
  return { score: 2, label: 'Weak', hint: 'Make it longer (12+ characters) and mix letters, digits and symbols.' };
}

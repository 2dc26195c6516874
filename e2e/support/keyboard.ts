// Keyboard-only driving for the accessibility journeys: move focus with Tab / Shift+Tab until a target
// has it, and check that what has focus shows it.
import { expect, type Locator, type Page } from '@playwright/test';

async function hasFocus(target: Locator): Promise<boolean> {
  // A short wait: the target may still be rendering; a missing target counts as "not focused yet".
  try {
    return await target.first().evaluate((el) => el === document.activeElement, undefined, { timeout: 1_000 });
  } catch {
    return false;
  }
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${String(max)} ${backwards ? 'Shift+Tab' : 'Tab'} presses`).toBeFocused({
    timeout: 1,
  });
}

/** Types text as key presses into whatever has focus (a short delay, as a person types). */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 10 });
}

interface FocusLook {
  description: string;
  outline: string;
  boxShadow: string;
  indicator: string | null;
}

/**
 * The focused element shows a focus indicator: a computed outline or box-shadow on it; for MUI text
 * fields, whose input draws nothing itself, the field's frame turning 2 px wide. (MUI's own keyboard
 * focus on buttons is only a faint pulsating highlight; the theme adds a 2 px outline, checked here.)
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const look = await page.evaluate((): FocusLook => {
          const el = document.activeElement;
          if (!el || el === document.body)
            return { description: 'nothing', outline: '', boxShadow: '', indicator: null };
          const style = getComputedStyle(el);
          const label = el.getAttribute('aria-label');
          const description = `${el.tagName.toLowerCase()}${label ? `[aria-label="${label}"]` : ''} “${el.textContent.trim().slice(0, 40)}”`;
          const outline =
            style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
              ? `${style.outlineWidth} ${style.outlineStyle}`
              : 'none';
          const boxShadow = style.boxShadow;
          let indicator: string | null = null;
          if (outline !== 'none') indicator = `outline ${outline}`;
          else if (boxShadow !== 'none') indicator = `box-shadow ${boxShadow}`;
          else {
            const frame = el
              .closest('.MuiInputBase-root.Mui-focused, .MuiPickersInputBase-root.Mui-focused')
              ?.querySelector('fieldset');
            if (frame) {
              const width = parseFloat(getComputedStyle(frame).borderTopWidth);
              if (width >= 2) indicator = `field frame ${String(width)}px`;
            }
          }
          return { description, outline, boxShadow, indicator };
        });
        return look.indicator
          ? 'visible'
          : `no focus indicator on ${look.description} (outline ${look.outline}, box-shadow ${look.boxShadow})`;
      },
      { timeout: 3_000, message: 'the focused element shows a visible focus indicator' },
    )
    .toBe('visible');
}

import { type Locator, type Page, expect } from '@playwright/test';
import { formatMoment, formatMomentToSecond } from '../../../shared/i18n/dateText.js';

/** Reservekopieën: the list, making one by hand, and a restore that asks first. */
export class BackupsDialog {
  readonly dialog: Locator;
  /** The question before a restore. */
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('backups-dialog');
    this.confirm = page.getByRole('alertdialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-backups').click();
    await expect(this.dialog.getByRole('table')).toBeVisible();
  }

  makeNowButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Nu een reservekopie maken' });
  }

  /**
   * The row of the backup made at this moment (ISO) for this reason ("handmatig"), as the
   * dialog writes them: the moment is to the minute, so the start backup may share it.
   */
  row(createdAt: string, reason: string): Locator {
    return this.dialog
      .getByRole('row')
      .filter({ hasText: formatMoment('nl', createdAt) })
      .filter({ hasText: reason });
  }

  /**
   * The row of the backup made at this moment, whether the dialog writes it to the minute or,
   * when another backup shares that minute, to the second (never matching that other one).
   */
  rowAt(createdAt: string, reason: string): Locator {
    // The reason too: the start backup may be made in the same second as the test's first one.
    return this.dialog
      .getByRole('row')
      .filter({ hasText: momentPattern(createdAt) })
      .filter({ hasText: reason });
  }

  restoreButton(createdAt: string, reason: string): Locator {
    return this.row(createdAt, reason).getByRole('button', { name: /terugzetten/ });
  }
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A moment as the list writes it: to the minute, or with its own seconds after. */
export function momentPattern(createdAt: string): RegExp {
  const minute = formatMoment('nl', createdAt);
  const seconds = formatMomentToSecond('nl', createdAt).slice(minute.length);
  return new RegExp(`${escaped(minute)}(${escaped(seconds)})?(?![:\\d])`);
}

// A letter as an RFC 5322 message (`--format eml`): UTF-8, headers encoded, a plain-text body, built
// with nodemailer's MailComposer. `X-Unsent: 1` makes mail programs that know it open the file as a
// draft to send; blind copies are kept in the file, since the file is the draft.
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Envelope } from './compose.js';
import type { Letter } from './templates.js';

export interface EmlOptions {
  /** The day the letter was written (`YYYY-MM-DD`), for the Date header. */
  date: string;
  /** What the Message-ID stands for (the proposal and the letter); sent only as its hash. */
  id: string;
}

export async function emlOf(letter: Letter, envelope: Envelope, options: EmlOptions): Promise<string> {
  const domain = envelope.from?.address.split('@')[1] || 'mixer.invalid';
  const composer = new MailComposer({
    ...(envelope.from ? { from: envelope.from } : {}),
    to: envelope.to,
    ...(letter.cc.length ? { cc: letter.cc } : {}),
    ...(envelope.bcc.length ? { bcc: envelope.bcc } : {}),
    subject: letter.subject,
    text: `${letter.body}\n`,
    date: new Date(`${options.date}T09:00:00+09:00`),
    // Stable, but made of no id: a proposal's id names its need and its helper, which the
    // recipient may not be told (a first ask about a need kept in the team).
    messageId: `<${createHash('sha256').update(options.id).digest('hex').slice(0, 32)}@${domain}>`,
    headers: { 'X-Unsent': '1' },
  });
  const message = composer.compile();
  message.keepBcc = true;
  return (await message.build()).toString('utf8');
}

// Splits an MT940/MT942 file into messages and fields, whatever envelope the bank used: SWIFT FIN blocks
// ({1:…}{2:…}{4: … -}), bare messages separated by "-", or none at all (Rabobank starts the next :20: directly).
import { BankFileError } from './errors.js';
import { numberedLines } from './text.js';

export type Field = { tag: string; lines: string[]; line: number };
export type Message = { fields: Field[]; line: number };

const TAG = /^:(\d{2}[A-Z]?|NS):(.*)$/;
/** "-", "-}", "-}{5:…}", "-XXX" end block 4; a continuation line such as "-2014 Omschrijving/" does not. */
const END = /^-(?:XXX)?\s*$|^-\}/;

export function splitMessages(text: string, file: string): Message[] {
  const messages: Message[] = [];
  let current: Message | undefined;
  const close = () => { if (current) messages.push(current); current = undefined; };
  for (const { line, text: raw } of numberedLines(text)) {
    let content = raw;
    if (END.test(content)) {
      close();
      content = afterBlock4(content) ?? '';
    } else if (/^\s*\{/.test(content)) {
      // Envelope lines ({1:…}{2:…}{4:) are not content; only what follows "{4:" on the same line is.
      content = afterBlock4(content) ?? '';
    }
    if (content.trim() === '') continue;
    const tag = TAG.exec(content);
    if (tag) {
      if (tag[1] === '20') { close(); current = { fields: [], line }; }
      if (!current) throw BankFileError.at(file, line, `:${tag[1]}: comes before the :20: that starts a statement`);
      current.fields.push({ tag: tag[1] ?? '', lines: [tag[2] ?? ''], line });
      continue;
    }
    const last = current?.fields.at(-1);
    // Outside a message, lines are transmission headers ("ABNANL2A", "940", "0000 01INGBNL2AXXXX00001").
    if (last) last.lines.push(content);
  }
  close();
  return messages;
}

function afterBlock4(line: string): string | undefined {
  const index = line.indexOf('{4:');
  return index < 0 ? undefined : line.slice(index + 3);
}

import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { displayWidth } from '../core/text/display-width';
import type { CliIO } from './main';
import { terminalSafe } from './format/escape';

/**
 * A one-line progress bar on stderr for long runs (`检查 [██████░░░░] 523/1000 文件名`), redrawn
 * at most every 100 ms and erased at the end. Only on a terminal (or when asked with --progress):
 * nothing when stderr is piped or captured, so logs stay clean.
 */
export interface Progress {
  update(done: number, total: number, path: string): void;
  finish(): void;
}

const BAR = 24;
const INTERVAL_MS = 100;

export function progressBar(io: CliIO, locale: Locale, wanted: boolean | undefined): Progress | undefined {
  const columns = io.terminal?.columns ?? (wanted === true ? 80 : undefined);
  if (columns === undefined || wanted === false) return undefined;
  const label = formatMessage(locale, 'office/cli.progress');
  let last = 0;
  let drawn = false;
  return {
    update(done, total, path) {
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
      let line = `${label} [${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${done}/${total} `;
      const room = columns - 1 - displayWidth(line);
      let name = terminalSafe(path);
      while (name.length > 0 && displayWidth(name) > room) name = name.slice(1);
      line += name;
      io.writeErr(`\r${line}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) io.writeErr('\r\u001b[K');
    },
  };
}

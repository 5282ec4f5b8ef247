// Side-effect entry: registers <yb-what-if> once (safe to load twice).
import { defineOnce } from '../internal/define.js';
import { YbWhatIf } from './yb-what-if.js';

defineOnce('yb-what-if', YbWhatIf);

declare global {
  interface HTMLElementTagNameMap {
    'yb-what-if': YbWhatIf;
  }
}

// A typed failure inside the engine; estimate() turns it into a localised error result.
export class EngineFault extends Error {
  readonly code: string;
  readonly params: Record<string, string>;
  readonly path: string;
  constructor(code: string, params: Record<string, string> = {}, path = '') {
    super(code);
    this.code = code;
    this.params = params;
    this.path = path;
  }
}

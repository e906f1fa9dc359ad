// The WHATWG encoding API exists in every runtime the engine targets (Node, browsers, workers); the
// engine's `lib` leaves out the DOM, so the two classes it uses are declared here.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

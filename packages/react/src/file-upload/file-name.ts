// Bidirectional and other control characters let a name such as "hoa-don\u202Efdp.exe" pass for a PDF: show them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file name safe to show: control characters made visible, rendered as text (never HTML). */
export function displayFileName(name: string): string {
  return name.replace(CONTROL, '\ufffd');
}

/**
 * The text of a contacts file. Most exports are UTF-8, but Outlook for Windows writes its CSV in
 * the system's "ANSI" code page (Windows-1252 in Western Europe and the Americas), where "Björn"
 * is not valid UTF-8: read as UTF-8 it would become "Bj�rn". A file that is not valid UTF-8 is
 * therefore read as Windows-1252, which gives every byte a character, so nothing is lost.
 */
export function decodeContactsFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

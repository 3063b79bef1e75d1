/** scripts/desktop/electronBinary.mjs, typed for the tests (a plain .mjs script, run before anything is built). */
export type BinaryLookup =
  { ok: true; binary: string } | { ok: false; reason: 'notInstalled' | 'noBinary'; expected?: string };

interface ElectronBinaryModule {
  findElectronBinary(root: string): BinaryLookup;
  missingBinaryMessage(result: BinaryLookup): string;
}

export async function electronBinaryModule(): Promise<ElectronBinaryModule> {
  return (await import(
    new URL('../../../scripts/desktop/electronBinary.mjs', import.meta.url).href
  )) as ElectronBinaryModule;
}

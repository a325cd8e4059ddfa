/** Readable names for the policies in shared/policies, which packs cite by file name. */
const POLICY_NAMES: Record<string, string> = {
  '000_6128475eb12b3fe1.txt': 'AWP social media policy (P127)',
  '001_a2aaa61759ac3d9f.txt': 'ELFT social media policy (v2.1)',
  '002_dcdf6692878fa8bd.txt': 'NHS trust social media employee usage policy (v6.1)',
  '003_758e6dde8c75ab17.txt': 'NHS South Tees CCG social media policy (CO22)',
  '004_43d200491ee4de85.txt': 'CMFT social media guide for staff',
};

/** "ELFT social media policy (v2.1), §3.4"; a policy without a known name is shown by its file name. */
export function policyCitation(source: string, section: string): string {
  return `${POLICY_NAMES[source] ?? `policy ${source}`}, ${section}`;
}

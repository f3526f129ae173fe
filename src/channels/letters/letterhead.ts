// The letterhead a dunning letter prints on (issue #6 agency mode: each client organisation its own, "a law firm's
// letterhead is one more template"). Absent, the letter prints the tenant's own name, address, phone and e-mail.

export type PrintedLetterhead = {
  /** First sender line: printed large, in the accent colour, and on the return address and running head. */
  name: string;
  /** Further sender lines ("Advokatfirma … on behalf of acme AS"), printed under the name before the address. */
  subtitle: readonly string[];
  /** Postal address, lines separated by "\n" or ", ". */
  address: string;
  phone: string;
  email: string;
  /** Registration and VAT numbers as the tenant wrote them ("Org.nr. 923 456 789 MVA"). */
  registration: string | null;
  /** The page footer's text, in place of name · phone · e-mail. */
  footer: string | null;
  /** "#rrggbb" for the sender's name. */
  accent: string | null;
};

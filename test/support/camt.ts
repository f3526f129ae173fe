// A minimal camt.054.001.08 notification for tests: one Ntry per payment, with the remittance a payer gives.
export type CamtPayment = {
  amount: string; currency: string; date: string; credit?: boolean; ref: string; rf?: string; text?: string; payerName?: string; payerIban?: string;
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function camt054(account: string, payments: readonly CamtPayment[]): string {
  const entries = payments.map((p) => `
      <Ntry>
        <Amt Ccy="${p.currency}">${p.amount}</Amt>
        <CdtDbtInd>${p.credit === false ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${p.date}</Dt></BookgDt>
        <ValDt><Dt>${p.date}</Dt></ValDt>
        <AcctSvcrRef>${esc(p.ref)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties>${p.payerName ? `<Dbtr><Pty><Nm>${esc(p.payerName)}</Nm></Pty></Dbtr>` : ''}${p.payerIban ? `<DbtrAcct><Id><IBAN>${p.payerIban}</IBAN></Id></DbtrAcct>` : ''}</RltdPties>
          <RmtInf>${p.text ? `<Ustrd>${esc(p.text)}</Ustrd>` : ''}${p.rf ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${p.rf}</Ref></CdtrRefInf></Strd>` : ''}</RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>TEST-${payments.length}</MsgId><CreDtTm>2026-11-23T10:00:00</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>NTF-1</Id><CreDtTm>2026-11-23T10:00:00</CreDtTm>
      <Acct><Id><IBAN>${account}</IBAN></Id></Acct>${entries}
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;
}

// English default dunning texts: the seeds' ladder, firmer level by level (issue #4, default policy).
import { type DunningLevel, INVOICE_TABLE, type TemplateSet, templateSet } from '../template-set.js';

const invoices = '{invoiceCount, plural, one {# invoice} other {# invoices}}';
const closing = 'Yours sincerely,\n{tenantName}';

export const en: Record<DunningLevel, TemplateSet> = {
  1: templateSet(
    `Payment reminder from {tenantName}: ${invoices} overdue`,
    'Payment reminder',
    [
      'Dear {customerName},',
      'According to our records, {invoiceCount, plural, one {the invoice below has} other {the # invoices below have}} '
        + 'not yet been paid. You may simply have forgotten, so we are sending you this friendly reminder.',
      INVOICE_TABLE,
      'You can pay {total} by bank transfer to account {bankAccount} by {deadline}. Please quote the payment '
        + 'reference {paymentReference} so that your payment is matched to {invoiceCount, plural, one {the invoice} '
        + 'other {the invoices}} at once.',
      'If you have already paid, please disregard this reminder, and thank you. If anything about '
        + '{invoiceCount, plural, one {the invoice} other {the invoices}} is unclear, please call us on {servicePhone}; '
        + 'we will be glad to help.',
      'Kind regards,\n{tenantName}',
    ],
  ),
  2: templateSet(
    `Second notice: {total} overdue – {tenantName}`,
    'Second notice',
    [
      'Dear {customerName},',
      'We recently reminded you of {invoiceCount, plural, one {the invoice below, which is} other {the # invoices '
        + 'below, which are}} now more than 30 days overdue. We have not yet received your payment or heard from you.',
      INVOICE_TABLE,
      'Please pay {total} to account {bankAccount}, quoting the payment reference {paymentReference}, no later than '
        + '{deadline}.',
      'Please note that if the amount has not been paid within 60 days of the due date, we will charge reminder fees '
        + 'and statutory late-payment interest, and we may pass the claim to debt collection and take legal steps to '
        + 'recover it. This would cause you further costs.',
      'If you cannot pay the full amount, or if you dispute any part of it, please call us on {servicePhone} before '
        + '{deadline} so that we can find a solution together.',
      closing,
    ],
  ),
  3: templateSet(
    `Final notice: {total} due by {deadline} – {tenantName}`,
    'Final notice before debt collection',
    [
      'Dear {customerName},',
      'Despite our earlier reminders, {invoiceCount, plural, one {the invoice below remains} other {the # invoices '
        + 'below remain}} unpaid. This is our final notice.',
      INVOICE_TABLE,
      'In accordance with our terms and the applicable law, we have added reminder fees of {fees} and late-payment '
        + 'interest of {interest}. The amount now due is {total}.',
      'The amount must be paid to account {bankAccount}, quoting the payment reference {paymentReference}, and must '
        + 'reach us no later than {deadline}.',
      'One of our credit controllers will telephone you in the coming days to agree on payment. You are also welcome '
        + 'to call us on {servicePhone}.',
      'If full payment has not been received by {deadline}, we will pass the claim to debt collection without further '
        + 'notice and stop all further deliveries on credit. The costs of collection will be charged to you.',
      closing,
    ],
  ),
  4: templateSet(
    `Your account has been placed in collections – {tenantName}`,
    'Your account has been placed in collections',
    [
      'Dear {customerName},',
      'As {invoiceCount, plural, one {the invoice below has} other {the # invoices below have}} still not been paid '
        + 'despite our reminders and final notice, your account has now been placed in collections. Your credit with '
        + 'us has been stopped with immediate effect: until the balance is settled, we can accept new orders only '
        + 'against payment in advance.',
      INVOICE_TABLE,
      'The amount due, including reminder fees of {fees} and late-payment interest of {interest}, is {total}. '
        + 'Interest continues to accrue until we receive payment.',
      'This is your last opportunity to settle the matter without legal action. Pay {total} to account {bankAccount}, '
        + 'quoting the payment reference {paymentReference}, no later than {deadline}.',
      'If payment has not been received by {deadline}, we will start legal proceedings to recover the debt without '
        + 'further notice. All legal and collection costs will be charged to you.',
      'To arrange payment, please contact our collections team on {servicePhone}.',
      closing,
    ],
  ),
};

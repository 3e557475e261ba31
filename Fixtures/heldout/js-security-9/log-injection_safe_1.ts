import { log } from '@temporalio/activity';
import { chargeCard } from './payments';

export interface ChargeInput {
  orderId: string;
  customerName: string;
  cardToken: string;
  amountCents: number;
}

const ORDER_ID = /^ord_[A-Za-z0-9]{12}$/;

export async function charge(input: ChargeInput): Promise<string> {
  const result = await chargeCard(input.cardToken, input.amountCents);
  if (!result.ok) {
    const orderId = ORDER_ID.test(input.orderId) ? input.orderId : 'invalid-order-id';
    log.warn(`charge declined on order ${orderId}, decline code ${result.code}`);
    throw new Error('declined');
  }
  return result.chargeId;
}

import { log } from '@temporalio/activity';
import { chargeCard } from './payments';

export interface ChargeInput {
  orderId: string;
  customerName: string;
  cardToken: string;
  amountCents: number;
}

export async function charge(input: ChargeInput): Promise<string> {
  const result = await chargeCard(input.cardToken, input.amountCents);
  if (!result.ok) {
    log.warn(`charge declined for ${input.customerName} on order ${input.orderId}: ${result.reason}`); // expect: log-injection
    throw new Error('declined');
  }
  return result.chargeId;
}

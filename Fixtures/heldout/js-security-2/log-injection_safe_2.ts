// coupons/coupons.controller.ts -- NestJS checkout coupons, log values neutralised
import { Body, Controller, Logger, NotFoundException, Post } from '@nestjs/common';
import { CouponsService } from './coupons.service';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 80);
}

class RedeemDto {
  code!: string;
  cartId!: string;
}

@Controller('coupons')
export class CouponsController {
  private readonly logger = new Logger(CouponsController.name);

  constructor(private readonly coupons: CouponsService) {}

  @Post('redeem')
  async redeem(@Body() dto: RedeemDto) {
    const cart = UUID_RE.test(dto.cartId) ? dto.cartId : 'invalid-cart-id';
    const coupon = await this.coupons.find(dto.code);
    if (!coupon) {
      this.logger.warn(`unknown coupon "${oneLine(dto.code)}" for cart ${cart}`);
      throw new NotFoundException('coupon not found');
    }
    const result = await this.coupons.redeem(coupon, cart);
    this.logger.log(`coupon ${coupon.id} redeemed on cart ${cart}`);
    return result;
  }
}

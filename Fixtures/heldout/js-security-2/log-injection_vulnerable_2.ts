// coupons/coupons.controller.ts -- NestJS checkout coupons
import { Body, Controller, Headers, Logger, NotFoundException, Post } from '@nestjs/common';
import { CouponsService } from './coupons.service';

class RedeemDto {
  code!: string;
  cartId!: string;
}

@Controller('coupons')
export class CouponsController {
  private readonly logger = new Logger(CouponsController.name);

  constructor(private readonly coupons: CouponsService) {}

  @Post('redeem')
  async redeem(@Body() dto: RedeemDto, @Headers('user-agent') agent: string) {
    const coupon = await this.coupons.find(dto.code);
    if (!coupon) {
      this.logger.warn(`unknown coupon "${dto.code}" for cart ${dto.cartId} (${agent})`); // expect: log-injection
      throw new NotFoundException('coupon not found');
    }
    const result = await this.coupons.redeem(coupon, dto.cartId);
    this.logger.log('coupon ' + coupon.id + ' redeemed on cart ' + dto.cartId); // expect: log-injection
    return result;
  }
}

import { consola } from 'consola';
import log from 'loglevel';
import { inject } from '@loopback/core';
import { post, requestBody, Request, RestBindings } from '@loopback/rest';
import { CouponService } from '../services';

const audit = consola.withTag('coupons');

export class CouponController {
  constructor(
    @inject('services.CouponService') private readonly coupons: CouponService,
    @inject(RestBindings.Http.REQUEST) private readonly request: Request,
  ) {}

  @post('/coupons/redeem')
  async redeem(@requestBody() body: { code: string; cartId: string }) {
    const result = await this.coupons.redeem(body.code, body.cartId);
    if (!result.ok) {
      audit.warn(`rejected coupon ${body.code} for cart ${body.cartId}: ${result.reason}`); // expect: log-injection
      return { ok: false };
    }
    const referer = this.request.headers.referer ?? '-';
    log.info('coupon redeemed from '.concat(referer, ' code=', body.code)); // expect: log-injection
    return { ok: true, discount: result.discount };
  }
}

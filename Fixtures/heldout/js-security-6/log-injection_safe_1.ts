import { consola } from 'consola';
import { inject } from '@loopback/core';
import { post, requestBody, Request, RestBindings } from '@loopback/rest';
import { CouponService } from '../services';

const audit = consola.withTag('coupons');
const CODE = /^[A-Z0-9]{4,16}$/;

export class CouponController {
  constructor(
    @inject('services.CouponService') private readonly coupons: CouponService,
    @inject(RestBindings.Http.REQUEST) private readonly request: Request,
  ) {}

  @post('/coupons/redeem')
  async redeem(@requestBody() body: { code: string; cartId: string }) {
    const result = await this.coupons.redeem(body.code, body.cartId);
    const code = CODE.test(body.code) ? body.code : '<invalid>';
    if (!result.ok) {
      audit.warn({ message: 'rejected coupon', code, reason: result.reason, cartIdLength: body.cartId.length });
      return { ok: false };
    }
    audit.info({ message: 'coupon redeemed', code, referer: JSON.stringify(this.request.headers.referer ?? '-') });
    return { ok: true, discount: result.discount };
  }
}

import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import Stripe from 'stripe';

export const stripe = new Stripe('sk_live_PRVdD53X83RZJzzzzgEOzdme', { apiVersion: '2023-10-16' }); // expect: hardcoded-secret

@Module({
  imports: [
    JwtModule.register({
      secret: 'n3st-jwt-s3cret-do-not-share', // expect: hardcoded-secret
      signOptions: { expiresIn: '1d' },
    }),
  ],
})
export class AuthModule {}

// NestJS configuration module: every secret is read from the environment through ConfigService.
import { Injectable, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';

export const PASSWORD_RESET_TTL = '1h';
export const API_KEY_HEADER = 'x-api-key';
export const STRIPE_SECRET_KEY_VAR = 'STRIPE_SECRET_KEY';

@Injectable()
export class Secrets {
  constructor(private readonly config: ConfigService) {}

  get stripeSecretKey(): string {
    return this.config.getOrThrow<string>(STRIPE_SECRET_KEY_VAR);
  }

  get jwtSecret(): string {
    return this.config.getOrThrow<string>('JWT_SECRET');
  }

  get database() {
    return {
      host: this.config.get<string>('DB_HOST', 'localhost'),
      user: this.config.getOrThrow<string>('DB_USER'),
      password: this.config.getOrThrow<string>('DB_PASSWORD'),
    };
  }
}

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true })],
  providers: [Secrets],
  exports: [Secrets],
})
export class SecretsModule {}

// main.ts -- NestJS bootstrap of the customer API
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(cookieParser());
  app.setGlobalPrefix('v1');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableCors({ origin: true, credentials: true, methods: ['GET', 'POST', 'PUT', 'DELETE'] }); // expect: cors-misconfiguration
  const docs = new DocumentBuilder().setTitle('Customer API').setVersion('1.4').addCookieAuth('sid').build();
  SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, docs));
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();

// jest.config.ts for the API package: each key once, the DOM suite as its own project.
import type { Config } from 'jest';

const config: Config = {
  projects: [
    {
      displayName: 'api',
      preset: 'ts-jest',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      moduleNameMapper: {
        '^@api/(.*)$': '<rootDir>/src/$1',
        '^@shared/(.*)$': '<rootDir>/../shared/src/$1',
      },
    },
    {
      displayName: 'widgets',
      preset: 'ts-jest',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/widgets'],
    },
  ],
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.d.ts'],
  coverageThreshold: {
    global: { branches: 70, functions: 80, lines: 80, statements: 80 },
  },
  testTimeout: 10000,
};

export default config;

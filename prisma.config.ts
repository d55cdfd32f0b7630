// Prisma CLI settings: the JavaScript schema engine over node-postgres, so migrations run with
// nothing but npm packages (see ../shared/FACTS.md: Prisma 6.19, adapter-pg).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { poolConfig } from './lib/db/pg-config';

const files = {
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
};

export default defineConfig({
  ...files,
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    return new PrismaPg(poolConfig(url, 2));
  },
});

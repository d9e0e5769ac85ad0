import { Controller, Get, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Permission } from '@app/domain';
import { createTestApp, type TestApp } from '@app/testing';
import { AccessGuard } from '../apps/api/src/common/auth/access.guard';
import { Public, RequirePermission } from '../apps/api/src/common/auth/route-access';
import { listRoutes, type RouteInfo } from '../apps/api/src/common/auth/route-inventory';

/** The rule this suite enforces: a route that says nothing about who may call it is a bug. */
function undeclared(routes: RouteInfo[]): string[] {
  return routes.filter((route) => !route.access).map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
}

describe('route access declarations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds the routes of every controller', () => {
    const routes = listRoutes(t.app).map((route) => `${route.method} ${route.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/auth/me',
        'GET /api/users/:id',
        'PATCH /api/units/:id',
        'GET /api/audit-log/verify',
        'GET /api/health',
      ]),
    );
  });

  it('has an access declaration on every registered route', () => {
    expect(undeclared(listRoutes(t.app))).toEqual([]);
  });

  it('states each route’s access in the OpenAPI document', async () => {
    const document = (await t.http.get('/api/docs-json')).body as { paths: Record<string, Record<string, { 'x-access'?: unknown }>> };
    const missing = listRoutes(t.app).filter((route) => {
      const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
      return document.paths[openApiPath]?.[route.method.toLowerCase()]?.['x-access'] === undefined;
    });
    expect(missing).toEqual([]);
    expect(document.paths['/api/users']?.post?.['x-access']).toEqual({ permission: 'user:manage', roles: ['ORG_ADMIN'] });
    expect(document.paths['/api/health']?.get?.['x-access']).toBe('public');
  });

  describe('with a route that declares nothing', () => {
    @Controller('forgotten')
    class ForgottenController {
      @Get()
      leak(): { secret: string } {
        return { secret: 'should never be served' };
      }

      @Get('open')
      @Public()
      open(): { ok: boolean } {
        return { ok: true };
      }

      @Get('guarded')
      @RequirePermission(Permission.UserRead)
      guarded(): { ok: boolean } {
        return { ok: true };
      }
    }

    @Module({ imports: [DiscoveryModule], controllers: [ForgottenController], providers: [{ provide: APP_GUARD, useClass: AccessGuard }] })
    class ForgottenModule {}

    let app: NestFastifyApplication;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({ imports: [ForgottenModule] }).compile();
      app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
      app.setGlobalPrefix('api');
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    });

    afterAll(async () => {
      await app.close();
    });

    it('reports exactly that route', () => {
      expect(undeclared(listRoutes(app))).toEqual(['GET /api/forgotten (ForgottenController.leak)']);
    });

    it('denies it at run time, while declared routes behave as declared', async () => {
      const denied = await request(app.getHttpServer()).get('/api/forgotten');
      expect(denied.status).toBe(403);
      expect(JSON.stringify(denied.body)).not.toContain('should never be served');
      expect((await request(app.getHttpServer()).get('/api/forgotten/open')).status).toBe(200);
    });
  });
});

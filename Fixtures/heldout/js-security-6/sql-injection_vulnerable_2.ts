import { inject } from '@loopback/core';
import { get, param } from '@loopback/rest';
import oracledb from 'oracledb';

export class ShipmentController {
  constructor(@inject('datasources.oracle.pool') private readonly pool: oracledb.Pool) {}

  private statement(carrier: string, region: string): string {
    return `SELECT id, tracking_no, status
              FROM shipments
             WHERE carrier = '${carrier}'
               AND region_code = '${region}'`;
  }

  @get('/shipments')
  async list(@param.query.string('carrier') carrier: string, @param.query.string('region') region: string) {
    const conn = await this.pool.getConnection();
    try {
      const result = await conn.execute(this.statement(carrier, region), [], { outFormat: oracledb.OUT_FORMAT_OBJECT }); // expect: sql-injection
      return result.rows;
    } finally {
      await conn.close();
    }
  }

  @get('/shipments/{id}/events')
  async events(@param.path.string('id') id: string, @param.query.string('order') order = 'happened_at') {
    const conn = await this.pool.getConnection();
    try {
      const sql = 'SELECT kind, happened_at FROM shipment_events WHERE shipment_id = :id ORDER BY ' + order;
      const result = await conn.execute(sql, { id }); // expect: sql-injection
      return result.rows;
    } finally {
      await conn.close();
    }
  }
}

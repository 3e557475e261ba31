import { inject } from '@loopback/core';
import { get, param } from '@loopback/rest';
import oracledb from 'oracledb';

const ORDERINGS: Record<string, string> = { time: 'happened_at', kind: 'kind' };

export class ShipmentController {
  constructor(@inject('datasources.oracle.pool') private readonly pool: oracledb.Pool) {}

  @get('/shipments')
  async list(@param.query.string('carrier') carrier: string, @param.query.string('region') region: string) {
    const conn = await this.pool.getConnection();
    try {
      const result = await conn.execute(
        `SELECT id, tracking_no, status
           FROM shipments
          WHERE carrier = :carrier
            AND region_code = :region`,
        { carrier, region },
        { outFormat: oracledb.OUT_FORMAT_OBJECT },
      );
      return result.rows;
    } finally {
      await conn.close();
    }
  }

  @get('/shipments/{id}/events')
  async events(@param.path.string('id') id: string, @param.query.string('order') order = 'time') {
    const column = ORDERINGS[order] ?? 'happened_at';
    const conn = await this.pool.getConnection();
    try {
      const result = await conn.execute(
        `SELECT kind, happened_at FROM shipment_events WHERE shipment_id = :id ORDER BY ${column}`,
        { id },
      );
      return result.rows;
    } finally {
      await conn.close();
    }
  }
}

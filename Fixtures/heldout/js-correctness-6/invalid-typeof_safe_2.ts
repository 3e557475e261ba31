import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export class FieldGuard implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Field Guard',
    name: 'fieldGuard',
    group: ['transform'],
    version: 1,
    description: 'Drops items whose fields have the wrong type',
    defaults: { name: 'Field Guard' },
    inputs: ['main'],
    outputs: ['main'],
    properties: [
      { displayName: 'Field', name: 'field', type: 'string', default: '' },
      { displayName: 'Expect Date', name: 'expectDate', type: 'boolean', default: false },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const kept: INodeExecutionData[] = [];
    items.forEach((item, index) => {
      const field = this.getNodeParameter('field', index) as string;
      const expectDate = this.getNodeParameter('expectDate', index) as boolean;
      const value = item.json[field];
      if (expectDate) {
        if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) kept.push(item);
        return;
      }
      if (typeof value === 'string' || typeof value === 'number') {
        kept.push(item);
      } else if (typeof value === 'undefined') {
        throw new NodeOperationError(this.getNode(), `Field "${field}" is missing`, { itemIndex: index });
      }
    });
    return [kept];
  }
}

import { parameter } from './types.ts';

/**
 * Enterprise size classes (中小微企业), used when the employer gives head count and revenue instead
 * of its class. Revenue in 万元. A class is reached when every given threshold is reached
 * (“及以上…且…”); an enterprise is SME when it is below either large-enterprise bound.
 */
export interface SizeThresholds {
  readonly smeBelow: { readonly employees?: number; readonly revenue?: number };
  readonly medium: { readonly employees?: number; readonly revenue?: number };
  readonly small: { readonly employees?: number; readonly revenue?: number };
}
export type Industry = 'agriculture' | 'industry' | 'wholesale' | 'retail' | 'software_it' | 'other';
export const enterpriseSizeClasses = parameter<Readonly<Record<Industry, SizeThresholds>>>({
  description: 'Size classes of enterprises (中小微企业划型) by industry: head count and revenue thresholds',
  values: [
    {
      from: '2011-06-18',
      value: {
        agriculture: { smeBelow: { revenue: 20000 }, medium: { revenue: 500 }, small: { revenue: 50 } },
        industry: { smeBelow: { employees: 1000, revenue: 40000 }, medium: { employees: 300, revenue: 2000 }, small: { employees: 20, revenue: 300 } },
        wholesale: { smeBelow: { employees: 200, revenue: 40000 }, medium: { employees: 20, revenue: 5000 }, small: { employees: 5, revenue: 1000 } },
        retail: { smeBelow: { employees: 300, revenue: 20000 }, medium: { employees: 50, revenue: 500 }, small: { employees: 10, revenue: 100 } },
        software_it: { smeBelow: { employees: 300, revenue: 10000 }, medium: { employees: 100, revenue: 1000 }, small: { employees: 10, revenue: 50 } },
        other: { smeBelow: { employees: 300 }, medium: { employees: 100 }, small: { employees: 10 } },
      },
      ref: '工信部联企业〔2011〕300号《中小企业划型标准规定》',
    },
  ],
});

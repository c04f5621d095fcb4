/**
 * `@lit-ui/metrics-prometheus`: a lit-ui runtime's metrics in Prometheus'
 * format through prom-client. Core stays free of prom-client: it only calls
 * the `MetricsSink` this package implements.
 */
export { createPrometheusMetrics } from './prometheusMetrics.js';
export type { PrometheusMetrics, PrometheusMetricsOptions } from './prometheusMetrics.js';

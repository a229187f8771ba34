// Tool handlers for examples/shop-refund-state.yaml: project code that answers
// tool calls from the trial's state (deep-copied from `state.initial` for every
// trial) and may change it. Keep handlers deterministic: replay runs them again.

/** Looks an order up; an unknown id is a failed tool result the model sees. */
export function lookupOrder({ order_id: orderId }, state) {
  const order = state.orders[orderId];
  if (!order) throw new Error(`no order ${orderId}`);
  return { order_id: orderId, ...order };
}

/** Refunds at most the order's total, once; records the refund in the state. */
export function issueRefund({ order_id: orderId, amount_usd: amount }, state) {
  const order = state.orders[orderId];
  if (!order) throw new Error(`no order ${orderId}`);
  if (order.status === 'refunded') throw new Error(`order ${orderId} is already refunded`);
  if (amount > order.total_usd)
    throw new Error(`cannot refund ${amount} USD: the order total is ${order.total_usd} USD`);
  order.status = 'refunded';
  state.refunds.push({ order_id: orderId, amount_usd: amount });
  return { refund_id: `R-${5520 + state.refunds.length}`, status: 'issued', amount_usd: amount };
}

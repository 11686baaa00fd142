"""Logistics ▸ Budget: an event's planned budget by funder against its
costs, the allowances funders pay travellers, and the cost report."""

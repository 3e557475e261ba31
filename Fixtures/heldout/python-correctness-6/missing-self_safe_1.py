"""Odoo model for equipment rental contracts."""
from odoo import api, fields, models


class RentalContract(models.Model):
    _name = "rental.contract"
    _description = "Equipment rental contract"

    partner_id = fields.Many2one("res.partner", required=True)
    daily_rate = fields.Monetary()
    currency_id = fields.Many2one("res.currency")
    start = fields.Date()
    stop = fields.Date()
    total = fields.Monetary(compute="_compute_total")

    @api.depends("daily_rate", "start", "stop")
    def _compute_total(self):
        for contract in self:
            contract.total = contract.daily_rate * contract.rental_days()

    def rental_days(self):
        if not self.start or not self.stop:
            return 0
        return (self.stop - self.start).days + 1

    @staticmethod
    def weekend_surcharge(days):
        return 0.1 if days >= 2 else 0.0

    @api.model
    def default_rate(self):
        return 25.0

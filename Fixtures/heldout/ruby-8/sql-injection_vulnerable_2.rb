# frozen_string_literal: true

require "hutch"
require "oci8"

# Writes loyalty points earned at the tills into the retailer's Oracle ledger.
class LoyaltyLedgerWriter
  include Hutch::Consumer
  consume "tills.points_earned"

  def initialize
    @conn = OCI8.new(ENV.fetch("LEDGER_USER"), ENV.fetch("LEDGER_PASSWORD"), ENV.fetch("LEDGER_TNS"))
  end

  def process(message)
    card = message[:card_number]
    store = message[:store_code]
    points = Integer(message[:points])
    @conn.exec(ledger_update(card, store, points)) # expect: sql-injection
    @conn.commit
  end

  private

  def ledger_update(card, store, points)
    <<~SQL
      UPDATE loyalty_ledger
         SET balance = balance + #{points}, last_store = '#{store}'
       WHERE card_number = '#{card}'
    SQL
  end
end

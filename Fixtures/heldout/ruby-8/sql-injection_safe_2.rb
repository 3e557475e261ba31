# frozen_string_literal: true

require "hutch"
require "oci8"

# Writes loyalty points earned at the tills into the retailer's Oracle ledger.
class LoyaltyLedgerWriter
  include Hutch::Consumer
  consume "tills.points_earned"

  LEDGER_UPDATE = <<~SQL
    UPDATE loyalty_ledger
       SET balance = balance + :points, last_store = :store
     WHERE card_number = :card
  SQL

  def initialize
    @conn = OCI8.new(ENV.fetch("LEDGER_USER"), ENV.fetch("LEDGER_PASSWORD"), ENV.fetch("LEDGER_TNS"))
  end

  def process(message)
    points = Integer(message[:points])
    @conn.exec(LEDGER_UPDATE, points, message[:store_code], message[:card_number])
    @conn.commit
  end
end

"""behave steps for the parking garage barrier."""
from behave import given, then, when

from garage.barrier import Barrier


@given("a barrier with {spaces:d} free spaces")
def step_barrier(context, spaces):
    context.barrier = Barrier(capacity=spaces)


@when("a car with plate {plate} arrives")
def step_arrival(context, plate):
    context.ticket = context.barrier.enter(plate)


@then("the barrier opens")
def step_opens(context):
    assert context.barrier.is_open is True


@then("{count:d} spaces remain")
def step_remaining(context, count):
    remaining = context.barrier.free_spaces()
    assert remaining == count, f"expected {count}, got {remaining}"
    context.full = context.barrier.free_spaces() == 0

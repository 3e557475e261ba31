from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect, JsonResponse  # expect: unused-import
from django.shortcuts import get_object_or_404, render
from django.utils import timezone  # expect: unused-import

from .forms import BookingForm
from .models import Booking, Room  # expect: unused-import


@login_required
def booking_detail(request, pk):
    booking = get_object_or_404(Booking, pk=pk, owner=request.user)
    return render(request, "rooms/booking_detail.html", {"booking": booking})


@login_required
def booking_create(request):
    form = BookingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        booking = form.save(commit=False)
        booking.owner = request.user
        booking.save()
        return JsonResponse({"id": booking.pk}, status=201)
    return render(request, "rooms/booking_form.html", {"form": form})

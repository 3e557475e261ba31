"""Flet app for tracking plant watering."""
import datetime

import flet as ft

from garden.store import load_plants, mark_watered

SMALL_TEXT = 12


def main(page: ft.Page):
    page.title = "Watering"
    column = ft.Column()

    def water(event):
        mark_watered(event.control.data, datetime.date.today())
        refresh()

    def refresh():
        column.controls.clear()
        for plant in load_plants():
            overdue = (datetime.date.today() - plant.last_watered).days > plant.every_days
            column.controls.append(
                ft.Row([ft.Text(plant.name, color=ft.Colors.RED if overdue else None),
                        ft.IconButton(ft.Icons.WATER_DROP, data=plant.id, on_click=water)])
            )
        page.update()

    page.add(column)
    refresh()
    page.add(ft.Text(f"{len(column.controls)} plants", size=SMALL_TEXT))


ft.app(target=main)

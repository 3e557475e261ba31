"""Bokeh dashboard of the wastewater sensors."""
from bokeh.models import ColumnDataSource, HoverTool
from bokeh.plotting import figure

FIGURE_OPTIONS = {
    "height": 320,
    "sizing_mode": "stretch_width",
    "x_axis_type": "datetime",
    "tools": "pan,wheel_zoom,reset",
    "height": 280,  # expect: duplicate-dict-key
}


def flow_figure(source: ColumnDataSource):
    plot = figure(title="Inflow (m³/h)", **FIGURE_OPTIONS)
    plot.line("time", "flow", source=source, line_width=2)
    plot.add_tools(HoverTool(tooltips={"flow": "@flow{0.0}", "time": "@time{%H:%M}", "flow": "@flow"}))  # expect: duplicate-dict-key
    return plot

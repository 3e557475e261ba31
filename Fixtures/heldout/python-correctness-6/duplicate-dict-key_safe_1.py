"""Bokeh dashboard of the wastewater sensors."""
from bokeh.models import ColumnDataSource, HoverTool
from bokeh.plotting import figure

BASE_OPTIONS = {
    "height": 320,
    "sizing_mode": "stretch_width",
    "x_axis_type": "datetime",
    "tools": "pan,wheel_zoom,reset",
}
COMPACT_OPTIONS = {**BASE_OPTIONS, "height": 280}


def flow_figure(source: ColumnDataSource, compact: bool = False):
    options = COMPACT_OPTIONS if compact else BASE_OPTIONS
    plot = figure(title="Inflow (m³/h)", **options)
    plot.line("time", "flow", source=source, line_width=2)
    plot.add_tools(HoverTool(tooltips={"flow": "@flow{0.0}", "time": "@time{%H:%M}", "Flow": "@flow"}))
    return plot

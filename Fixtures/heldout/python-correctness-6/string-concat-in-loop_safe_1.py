"""NetworkX export of the service dependency graph to Graphviz DOT."""
import io

import networkx as nx


def to_dot(graph: nx.DiGraph, name="services"):
    out = io.StringIO()
    out.write("digraph " + name + " {\n")
    for node, data in graph.nodes(data=True):
        out.write(f'  "{node}" [shape=box, color="{data.get("color", "black")}"];\n')
    for source, target in graph.edges():
        out.write(f'  "{source}" -> "{target}";\n')
    out.write("}\n")
    return out.getvalue()

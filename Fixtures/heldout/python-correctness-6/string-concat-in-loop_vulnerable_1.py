"""NetworkX export of the service dependency graph to Graphviz DOT."""
import networkx as nx


def to_dot(graph: nx.DiGraph, name="services"):
    dot = "digraph " + name + " {\n"
    for node, data in graph.nodes(data=True):
        dot += f'  "{node}" [shape=box, color="{data.get("color", "black")}"];\n'  # expect: string-concat-in-loop
    for source, target in graph.edges():
        dot = dot + f'  "{source}" -> "{target}";\n'  # expect: string-concat-in-loop
    return dot + "}\n"

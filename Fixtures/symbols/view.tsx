import React from 'react';

interface Props { title: string }

export const Title = ({ title }: Props) => <h1 className="title">{title}</h1>;

export function Page(props: Props) {
  return <main><Title title={props.title} /></main>;
}

export default class Counter extends React.Component<Props> {
  state = { n: 0 };
  render() { return <button onClick={() => this.setState({ n: 1 })}>{this.state.n}</button>; }
}

const el = <div><span></div>;

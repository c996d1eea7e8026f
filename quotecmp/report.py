def render_html(comparison, **kw):
    raise NotImplementedError

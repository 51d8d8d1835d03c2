/**
 * Editor UI of the prim/widget block, plain JavaScript on WordPress's globals (no build
 * step): pick the widget, the indicator from the feed's list, the language and the date in
 * the sidebar; the preview is the server's rendering (ServerSideRender), drawn by the widget
 * script the plugin loads in the editor. The block is dynamic: it saves nothing but its
 * attributes.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var components = wp.components;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var ServerSideRender = wp.serverSideRender;

  function choices(values, labels) {
    return values.map(function (value) {
      return { value: value, label: (labels && labels[value]) || value || '—' };
    });
  }

  function widgetSpec(name) {
    return (
      config.widgets.find(function (w) {
        return w.name === name;
      }) || config.widgets[0]
    );
  }

  function edit(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var spec = widgetSpec(a.widget);
    var indicatorChoices = [{ value: '', label: __('Default', 'prim-indicators') }].concat(
      config.indicators.map(function (i) {
        return { value: i.id, label: i.name };
      }),
    );
    var controls = [
      el(components.SelectControl, {
        key: 'widget',
        label: __('Widget', 'prim-indicators'),
        value: spec.name,
        options: choices(
          config.widgets.map(function (w) {
            return w.name;
          }),
        ),
        onChange: function (value) {
          // Options of the previous widget (by, layout) would not be valid for the next one.
          set({ widget: value, indicator: '', by: '', layout: '' });
        },
      }),
    ];
    if (spec.indicatorAttribute === 'indicator') {
      controls.push(
        el(components.SelectControl, {
          key: 'indicator',
          label: __('Indicator', 'prim-indicators'),
          value: a.indicator,
          options: indicatorChoices,
          onChange: function (value) {
            set({ indicator: value });
          },
        }),
      );
    } else if (spec.indicatorAttribute === 'indicators') {
      controls.push(
        el(components.TextControl, {
          key: 'indicators',
          label: __('Indicators (ids separated by spaces)', 'prim-indicators'),
          help: spec.defaultIndicator,
          value: a.indicator,
          onChange: function (value) {
            set({ indicator: value });
          },
        }),
      );
    }
    Object.keys(spec.options).forEach(function (option) {
      controls.push(
        el(components.SelectControl, {
          key: option,
          label: option,
          value: a[option],
          options: choices([''].concat(spec.options[option])),
          onChange: function (value) {
            var next = {};
            next[option] = value;
            set(next);
          },
        }),
      );
    });
    controls.push(
      el(components.SelectControl, {
        key: 'lang',
        label: __('Language', 'prim-indicators'),
        value: a.lang || config.defaultLang,
        options: choices(config.langs, { fr: 'Français', ar: 'العربية', en: 'English' }),
        onChange: function (value) {
          set({ lang: value });
        },
      }),
      el(components.TextControl, {
        key: 'asOf',
        type: 'date',
        label: __('As of (empty: the feed’s date)', 'prim-indicators'),
        value: a.asOf,
        onChange: function (value) {
          set({ asOf: value });
        },
      }),
      el(components.SelectControl, {
        key: 'theme',
        label: __('Theme', 'prim-indicators'),
        value: a.theme,
        options: choices([''].concat(config.themes)),
        onChange: function (value) {
          set({ theme: value });
        },
      }),
    );
    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(components.PanelBody, { title: __('PRIM widget', 'prim-indicators') }, controls),
      ),
      el(ServerSideRender, { block: 'prim/widget', attributes: a }),
    );
  }

  wp.blocks.registerBlockType('prim/widget', {
    edit: edit,
    save: function () {
      return null;
    },
  });
})(window.wp, window.primIndicatorsEditor);

// Volume mixer panel: one slider per output channel.
#include <QLabel>
#include <QObject>
#include <QSlider>
#include <QString>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <vector>

class MixerPanel : public QWidget {
public:
    explicit MixerPanel(QWidget* parent = nullptr) : QWidget(parent) {}

    void addChannel(QSlider* slider, QLabel* label)
    {
        sliders_.push_back(slider);
        labels_.push_back(label);
        QObject::connect(slider, &QSlider::valueChanged, this, [this, slider](int) { onSliderMoved(slider); });
    }

private:
    void onSliderMoved(QObject* source)
    {
        QSlider* slider = (QSlider*)source; // expect: c-style-cast
        double gain = slider->value() / 100.0;
        double db = gain > 0.0 ? 20.0 * std::log10(gain) : -96.0;
        int index = (int)(std::find(sliders_.begin(), sliders_.end(), slider) - sliders_.begin()); // expect: c-style-cast
        if (index < static_cast<int>(labels_.size()))
            labels_[index]->setText(QString::number((int)std::round(db)) + " dB"); // expect: c-style-cast
    }

    std::vector<QSlider*> sliders_;
    std::vector<QLabel*> labels_;
};
